/**
 * Timetable: weekly slots, the dated sessions they produce, closures (Belgian public holidays, FWB school holidays,
 * ad-hoc), clash detection, the calendar views and the trainers' "my groups" page.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.timetable;
