/** Uploaded files: what may be uploaded, and where files are kept (outside the web root, under random names). */
package org.opencounty.files;
