/**
 * Uploaded files: what may be uploaded, and where files are kept (outside the web root, under random names), stored
 * with the row that names them (pending name, made durable, published after commit; leftovers finished or removed at
 * start), in a folder or an S3-compatible bucket (docs/adr/0028-object-storage.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package org.opencounty.files;
