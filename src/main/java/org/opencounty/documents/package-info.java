/**
 * Official documents sent and received (公文收发, 党政机关公文处理工作条例 art. 24-25; docs/documents.md): drafting
 * through 核稿, 签发, 复核 and 登记 with the 发文字号, dispatch to the receiving units, and each unit's 收文 from 签收 to
 * 办结; the print view and PDF through {@code printing}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "calendar", "common", "content", "files",
        "printing", "review", "screening", "units", "web"})
package org.opencounty.documents;
