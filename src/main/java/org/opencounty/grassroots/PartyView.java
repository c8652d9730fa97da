package org.opencounty.grassroots;

import java.time.Instant;
import java.time.LocalDate;

/** A party item as the API and the pages show it; {@code objections} is counted only for the organisation's staff. */
public record PartyView(long id, String organisation, String organisationName, PartyCategory category, String categoryLabel,
                        PartyVisibility visibility, String visibilityLabel, String state, String stateLabel, int revision,
                        String title, String body, LocalDate startsOn, LocalDate endsOn, AnnouncementStatus announcementStatus,
                        String announcementLabel, Instant publishedAt, Long objections, long version) {
}
