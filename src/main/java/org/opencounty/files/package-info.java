/**
 * Uploaded files: what may be uploaded, and where files are kept (outside the web root, under random names), stored
 * with the row that names them (pending name, fsync, moved after commit; leftovers finished or removed at start).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package org.opencounty.files;
