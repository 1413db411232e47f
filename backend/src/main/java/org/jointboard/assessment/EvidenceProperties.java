package org.jointboard.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on evidence files ({@code jointboard.evidence.*}).
 *
 * @param maxFileSize largest file accepted
 * @param maxReturnSize largest total of one return's files
 */
@ConfigurationProperties("jointboard.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200MB") DataSize maxReturnSize) {
}
