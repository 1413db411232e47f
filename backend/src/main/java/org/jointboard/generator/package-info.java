/**
 * The national-scale data generator: fills an empty store with England's size of data (150 partnerships, 24,000 schools,
 * 3,000 agencies, yearly Section 11 and schools' cycles, risk registers) through the features' own records, for the
 * benchmarks. Runs only when asked ({@code jointboard.generate.enabled}); nothing depends on it.
 */
@ApplicationModule(displayName = "Generator")
package org.jointboard.generator;

import org.springframework.modulith.ApplicationModule;
