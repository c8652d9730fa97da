package org.opencounty.catalogue;

/** What a catalogue entry is: a service item (办事指南) or a fee. */
public enum EntryKind {
    ITEM, FEE
}
