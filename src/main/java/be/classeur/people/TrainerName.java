package be.classeur.people;

/** A trainer's name as other modules show it (a group's trainers, a timetable block, a picker). */
public record TrainerName(long id, String firstName, String lastName) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** "Last, First", as pickers list people. */
    public String sortName() {
        return lastName + ", " + firstName;
    }
}
