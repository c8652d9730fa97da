/** Disclosure content (信息公开): categories now; articles, review and publication follow (issue 3). */
package org.opencounty.content;
