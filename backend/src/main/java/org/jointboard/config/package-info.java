/**
 * Wiring only: the store (embedded or real MongoDB) and GraphQL's limits, scalars and error handling.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = { "common" })
package org.jointboard.config;

import org.springframework.modulith.ApplicationModule;
