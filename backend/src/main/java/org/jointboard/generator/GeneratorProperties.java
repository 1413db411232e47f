package org.jointboard.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the generator writes ({@code jointboard.generate.*}); the defaults are England's size.
 *
 * @param agencies agencies; each serves one to four neighbouring partnerships, so a yearly Section 11 round has about
 *     twice as many returns
 * @param section11Cycles yearly Section 11 rounds, the last one open now
 * @param schoolCycles yearly schools' s175/s157 rounds, the last one open now
 * @param structures each partnership's people (a dozen), board, executive group and five committees with a year of
 *     meetings and attendance
 * @param actions actions over the partnerships' business plans, each with up to three progress updates
 * @param seed the same seed writes the same data
 */
@ConfigurationProperties("jointboard.generate")
public record GeneratorProperties(@DefaultValue("false") boolean enabled, @DefaultValue("150") int partnerships,
        @DefaultValue("3000") int agencies, @DefaultValue("24000") int schools, @DefaultValue("3") int section11Cycles,
        @DefaultValue("2") int schoolCycles, @DefaultValue("true") boolean risks, @DefaultValue("true") boolean structures,
        @DefaultValue("20000") int actions, @DefaultValue("20261207") long seed) {
}
