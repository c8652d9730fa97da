/** Shared kernel: the actor, roles and the refusal types every module uses. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.opencounty.common;
