/** Online applications (网上审批) for the catalogue's items, handled within their legal working-day limits. */
package org.opencounty.applications;
