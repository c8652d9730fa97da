/** Demo data for the embedded default; never loaded in production mode. */
package org.opencounty.demo;
