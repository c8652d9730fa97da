package org.opencounty.interaction;

import java.time.LocalDate;

/** An answered message as the public listing shows it: the name masked, no phone, the asked and answered dates. */
public record PublicMessage(long id, String category, String categoryLabel, String title, String content, String writer, String unitName,
                            String reply, LocalDate askedOn, LocalDate answeredOn) {
}
