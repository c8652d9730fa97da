package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An indicator of a year's scheme: its part, its maximum points, its rule and the points each fact deducts. */
@Entity
@Table(name = "assess_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long yearId;
    private String part;
    private String name;
    private BigDecimal maxPoints;
    @Enumerated(EnumType.STRING)
    private RuleKind rule;
    private BigDecimal pointsEach;
    private int sortOrder;

    protected Indicator() {
    }

    Indicator(long yearId, IndicatorSpec spec, int sortOrder) {
        this.yearId = yearId;
        this.part = spec.part();
        this.name = spec.name();
        this.maxPoints = spec.maxPoints();
        this.rule = spec.rule();
        this.pointsEach = spec.pointsEach() == null ? BigDecimal.ZERO : spec.pointsEach();
        this.sortOrder = sortOrder;
    }

    public IndicatorSpec spec() {
        return new IndicatorSpec(part, name, maxPoints, rule, pointsEach);
    }

    public Long id() { return id; }
    public Long yearId() { return yearId; }
    public String part() { return part; }
    public String name() { return name; }
    public BigDecimal maxPoints() { return maxPoints; }
    public RuleKind rule() { return rule; }
    public BigDecimal pointsEach() { return pointsEach; }
    public int sortOrder() { return sortOrder; }
}
