/** Uploaded files: what may be uploaded, and where files are kept (outside the web root, under random names). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package org.opencounty.files;
