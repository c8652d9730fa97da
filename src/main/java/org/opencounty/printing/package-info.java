/** Official documents on paper: the GB/T 9704-2012 print view and PDF, shared by every module that issues one. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package org.opencounty.printing;
