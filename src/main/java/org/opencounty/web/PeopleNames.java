package org.opencounty.web;

/**
 * The name a person is known by, for the histories pages show: readers know 古丽娜尔·木拉提, not officer1. The web
 * module only shows names; the module that keeps the accounts looks them up.
 */
public interface PeopleNames {

    /** For a platform without accounts: the username is all there is. */
    PeopleNames USERNAMES = username -> username;

    /** The person's name, or the username itself when nobody has it (a deleted or imported account). */
    String nameOf(String username);
}
