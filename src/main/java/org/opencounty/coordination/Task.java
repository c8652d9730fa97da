package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.content.Category;
import org.opencounty.units.ContactRole;

/** A task (督办任务) the center issued to units: what is due by when, on what basis, and how it is fulfilled. */
@Entity
@Table(name = "coord_task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private String title;
    private String basis;
    private String basisUrl;
    private String requirement;
    private LocalDate deadline;
    private Integer deadlineWorkingDays;
    @Enumerated(EnumType.STRING)
    private Fulfilment fulfilment;
    @Enumerated(EnumType.STRING)
    private ConditionKind conditionKind;
    private Integer conditionCount;
    @Enumerated(EnumType.STRING)
    private ContactRole conditionRole;
    private String conditionColumn;
    private String issuedBy;
    private Instant issuedAt;
    @Version
    private long version;

    protected Task() {
    }

    Task(long siteId, TaskOrder order, LocalDate deadline, String issuedBy, Instant issuedAt) {
        this.siteId = siteId;
        this.title = order.title();
        this.basis = order.basis();
        this.basisUrl = order.basisUrl();
        this.requirement = order.requirement();
        this.deadline = deadline;
        this.deadlineWorkingDays = order.workingDays();
        this.fulfilment = order.condition() == null ? Fulfilment.REPORT : Fulfilment.CONDITION;
        if (order.condition() != null) {
            this.conditionKind = order.condition().kind();
            this.conditionCount = order.condition().count();
            this.conditionRole = order.condition().role();
            this.conditionColumn = order.condition().column() == null ? null : order.condition().column().code();
        }
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public TaskCondition condition() {
        return conditionKind == null ? null
                : new TaskCondition(conditionKind, conditionCount, conditionRole, Category.byCode(conditionColumn).orElse(null));
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public String title() { return title; }
    public String basis() { return basis; }
    public String basisUrl() { return basisUrl; }
    public String requirement() { return requirement; }
    public LocalDate deadline() { return deadline; }
    public Integer deadlineWorkingDays() { return deadlineWorkingDays; }
    public Fulfilment fulfilment() { return fulfilment; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public long version() { return version; }
}
