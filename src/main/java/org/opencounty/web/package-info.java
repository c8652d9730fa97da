/** Web infrastructure shared by the portal and the back office: page context, layouts' data, site resolution. */
package org.opencounty.web;
