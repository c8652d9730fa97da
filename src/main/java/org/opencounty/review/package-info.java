/** The review chain every submission goes through: officer → unit leader → center → portal (notice 2013-38, part one). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "screening"})
package org.opencounty.review;
