/**
 * Who is calling: the token's roles, organisation and partnerships, and the role constants.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {  })
package org.jointboard.security;

import org.springframework.modulith.ApplicationModule;
