package org.opencounty.coordination.internal;

import org.opencounty.coordination.TaskIssuing;
import org.opencounty.documents.DocumentDispatched;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns a dispatched document with a 办理时限 into a task of its receiving units (issue 12's seam, issue 11's task). */
@Component
class TasksFromDocuments {

    private final TaskIssuing issuing;

    TasksFromDocuments(TaskIssuing issuing) {
        this.issuing = issuing;
    }

    @ApplicationModuleListener
    void on(DocumentDispatched dispatched) {
        issuing.fromDocument(dispatched.siteId(), dispatched.documentId(), dispatched.number(), dispatched.title(),
                dispatched.deadline(), dispatched.recipientUnitIds());
    }
}
