package org.opencounty.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fee (收费项目, notice item 4): its standard, basis and who charges it. */
public record FeeContent(FeeKind kind, String name, BigDecimal amount, String unitOfCharge, String reductions,
                         String legalBasis, String approvingDocument, String section, LocalDate validFrom, LocalDate validUntil) {
}
