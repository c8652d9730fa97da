package org.opencounty.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of an inspection round's checklist (检查事项), in its place. */
@Entity
@Table(name = "coord_inspection_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long inspectionId;
    private int sortOrder;
    private String title;
    private String description;

    protected ChecklistItem() {
    }

    ChecklistItem(long inspectionId, int position, String title, String description) {
        this.inspectionId = inspectionId;
        this.sortOrder = position;
        this.title = title;
        this.description = description;
    }

    public Long id() { return id; }
    public Long inspectionId() { return inspectionId; }
    public int position() { return sortOrder; }
    public String title() { return title; }
    public String description() { return description; }
}
