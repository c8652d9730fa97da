/** Running the platform: mode (demo or production) and first-start bootstrap. */
package org.opencounty.platform;
