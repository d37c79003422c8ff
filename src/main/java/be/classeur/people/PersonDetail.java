package be.classeur.people;

/** A detail page's record: what every person's page shows, plus what the kind of person adds. */
public interface PersonDetail {
    PersonCard person();
}
