/** The public county site (门户网站): pages citizens see, server-rendered and working without JavaScript. */
package org.opencounty.portal;
