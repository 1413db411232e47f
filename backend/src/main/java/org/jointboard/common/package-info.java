/**
 * What every feature shares: errors of the contract, request limits, keyset paging and cursors, name search, text rules.
 * Open: all of it may be used by every feature.
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package org.jointboard.common;

import org.springframework.modulith.ApplicationModule;
