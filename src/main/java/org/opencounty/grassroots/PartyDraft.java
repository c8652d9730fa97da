package org.opencounty.grassroots;

/**
 * What the organisation's officer writes (提出): the organisation (its unit code), the catalogue's category, to whom it is
 * published, title and text, and for a 公示 its first day and (else the setting's default length) its last day, as
 * 2026-07-14.
 */
public record PartyDraft(String organisation, PartyCategory category, PartyVisibility visibility, String title, String body,
                         boolean announcement, String startsOn, String endsOn) {
}
