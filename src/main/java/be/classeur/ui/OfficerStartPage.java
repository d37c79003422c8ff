package be.classeur.ui;

/**
 * Marks a menu page that is the privacy officer's start page: the start page forwards there only users who hold the
 * privacy officer role, so that administrators keep starting on their own first page (the pupils) even if they may
 * read it.
 */
public interface OfficerStartPage {
}
