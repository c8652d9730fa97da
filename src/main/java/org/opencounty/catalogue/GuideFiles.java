package org.opencounty.catalogue;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.catalogue.internal.CatalogueEntryRepository;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.catalogue.internal.MaterialFiles;
import org.opencounty.screening.AttachmentReader;
import org.opencounty.screening.AttachmentReading;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blank forms (空白表格) and filled samples (示例样表) a unit offers for a guide's materials (issue 10). The officer
 * attaches them to the guide's working revision (a new one while the live guide stays up), they are screened and
 * reviewed with it, and go live with it; the public downloads only the live revision's files.
 */
@Service
public class GuideFiles {

    /** A file and its bytes, for a download. */
    public record Download(MaterialFile file, byte[] content) {
    }

    private final CatalogueEntryRepository entries;
    private final CatalogueWriting writing;
    private final CatalogueQueries queries;
    private final CatalogueKind kind;
    private final SubmissionWorkflow workflow;
    private final MaterialFiles files;
    private final AttachmentReader reader;
    private final ContentCodec codec;
    private final TransactionTemplate transactions;

    GuideFiles(CatalogueEntryRepository entries, CatalogueWriting writing, CatalogueQueries queries, CatalogueKind kind,
               SubmissionWorkflow workflow, MaterialFiles files, AttachmentReader reader, ContentCodec codec,
               TransactionTemplate transactions) {
        this.entries = entries;
        this.writing = writing;
        this.queries = queries;
        this.kind = kind;
        this.workflow = workflow;
        this.files = files;
        this.reader = reader;
        this.codec = codec;
        this.transactions = transactions;
    }

    /**
     * Attaches a blank form or sample to one material. The file is checked by the upload policy and read for screening
     * before the transaction (a slow or hostile file costs a reader thread, never a database connection).
     */
    public MaterialFile attach(Actor actor, long id, String materialId, String purpose, String filename, byte[] content) {
        workflow.requireWriter(actor, kind, guide(id), "attach");
        MaterialFile.Purpose chosen = MaterialFile.Purpose.parse(purpose)
                .orElseThrow(() -> InvalidInputException.field("purpose", "请选择空白表格或示例样表"));
        String name = files.check(filename, content);
        AttachmentReading reading = reader.read(name, content);
        return transactions.execute(status -> {
            CatalogueEntry entry = guide(id);
            workflow.requireEditable(actor, kind, entry, entry.version());
            CatalogueRevision revision = writing.workingRevision(actor, entry);
            ServiceItemContent item = codec.read(revision.content(), ServiceItemContent.class);
            if (item.materials().stream().noneMatch(m -> materialId != null && materialId.equals(m.id()))) {
                throw InvalidInputException.field("material", "该申请材料不存在，请先保存办事指南");
            }
            MaterialFile stored = files.add(revision.id(), materialId, chosen, filename, content, reading);
            workflow.noted(actor, kind, entry, "attach", stored.filename(),
                    chosen.label() + " " + materialId + " " + stored.filename() + " " + stored.sha256());
            return stored;
        });
    }

    @Transactional
    public void detach(Actor actor, long id, long fileId) {
        CatalogueEntry entry = guide(id);
        workflow.requireWriter(actor, kind, entry, "detach");
        if (entry.workingRevisionId() == null || !entry.state().editable() || !files.remove(entry.workingRevisionId(), fileId)) {
            throw new NotFoundException("文件不存在或当前不能删除");
        }
        workflow.noted(actor, kind, entry, "detach", "", "material file " + fileId);
    }

    /** The files of the revision staff see: the working one, or the live one when nothing is being written. */
    @Transactional(readOnly = true)
    public List<MaterialFile> current(Actor actor, long id) {
        CatalogueEntry entry = queries.view(actor, id).entry();
        Long revision = entry.workingRevisionId() != null ? entry.workingRevisionId() : entry.liveRevisionId();
        return revision == null ? List.of() : files.of(revision);
    }

    /** A reviewer's download of a file of the revision under review (or the live one). */
    @Transactional(readOnly = true)
    public Download forStaff(Actor actor, long id, long fileId) {
        MaterialFile file = current(actor, id).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("文件不存在"));
        return new Download(file, files.content(file));
    }

    private CatalogueEntry guide(long id) {
        return entries.findById(id).filter(e -> e.kind() == EntryKind.ITEM).orElseThrow(() -> new NotFoundException("事项不存在"));
    }
}
