package org.opencounty.applications;

import java.util.List;
import java.util.Map;
import org.opencounty.common.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much an applicant may upload: a material keeps its latest files (a new upload replaces the oldest one uploaded
 * since the last submission; submitted files are never replaced), and an application and an account's applications
 * in progress have total limits. One draft once took 6 × 19 MB for one material in 3 s.
 */
@Component
class MaterialQuota {

    /** Refused because the upload would pass a limit; 413, as for any upload too large. */
    static class QuotaExceededException extends DomainException {
        QuotaExceededException(String message) {
            super("UPLOAD_QUOTA", message, Map.of("file", message));
        }

        @Override
        public int status() {
            return 413;
        }
    }

    private final Materials materials;
    private final int filesPerMaterial;
    private final DataSize perApplication;
    private final DataSize perAccount;

    MaterialQuota(Materials materials,
                  @Value("${opencounty.applications.files-per-material:1}") int filesPerMaterial,
                  @Value("${opencounty.applications.max-application-bytes:60MB}") DataSize perApplication,
                  @Value("${opencounty.applications.max-account-bytes:300MB}") DataSize perAccount) {
        this.materials = materials;
        this.filesPerMaterial = Math.max(1, filesPerMaterial);
        this.perApplication = perApplication;
        this.perAccount = perAccount;
    }

    /** The files the upload replaces; refuses it when, even so, it would pass a limit. Call in the upload's transaction. */
    List<Materials.Uploaded> admit(Application application, String materialId, long size) {
        // Uploads to one application are counted one after the other, so two at once cannot both squeeze in.
        materials.lock(application.id());
        List<Materials.Uploaded> replaceable = materials.replaceable(application.id(), materialId);
        List<Materials.Uploaded> replaced = replaceable.size() < filesPerMaterial ? List.of()
                : replaceable.subList(filesPerMaterial - 1, replaceable.size());
        long freed = replaced.stream().mapToLong(Materials.Uploaded::size).sum();
        if (materials.bytesOf(application.id()) - freed + size > perApplication.toBytes()) {
            throw new QuotaExceededException("本申请的材料合计不能超过" + perApplication.toMegabytes() + "MB，请压缩或精简后再上传");
        }
        if (application.applicantAccountId() != null
                && materials.bytesOfAccount(application.applicantAccountId()) - freed + size > perAccount.toBytes()) {
            throw new QuotaExceededException("您正在办理的申请的材料合计不能超过" + perAccount.toMegabytes() + "MB");
        }
        return replaced;
    }
}
