package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An assessor's manual adjustment of one unit's indicator, with the reason the unit reads. */
@Entity
@Table(name = "assess_adjustment")
public class Adjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long yearId;
    private Long unitId;
    private Long indicatorId;
    private BigDecimal points;
    private String reason;
    private String madeBy;
    private Instant madeAt;

    protected Adjustment() {
    }

    Adjustment(long yearId, long unitId, long indicatorId, BigDecimal points, String reason, String madeBy, Instant madeAt) {
        this.yearId = yearId;
        this.unitId = unitId;
        this.indicatorId = indicatorId;
        this.points = points;
        this.reason = reason;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public Long indicatorId() { return indicatorId; }
    public BigDecimal points() { return points; }
    public String reason() { return reason; }
    public String madeBy() { return madeBy; }
    public Instant madeAt() { return madeAt; }
}
