package org.jointboard.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.partnership.OrganisationKind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/** Reads a framework edition from a JSON file: how the seeded frameworks ship (as data, like any other edition). */
public final class FrameworkFiles {

    private FrameworkFiles() {
    }

    record FrameworkFile(String code, String title, String description, Serves serves, Set<OrganisationKind> organisationKinds,
            List<RatingLevel> ratingScale, List<FrameworkSection> sections, List<String> signOffs) {
    }

    /** A draft first edition, checked like one created through the API. */
    public static Framework read(JsonMapper json, String classpathResource) {
        try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
            FrameworkFile file = json.readValue(in, FrameworkFile.class);
            return new Framework(file.code(), 1, new FrameworkContent(file.title(), file.description(), file.serves(),
                    file.organisationKinds(), file.ratingScale(), file.sections(), file.signOffs()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read framework " + classpathResource, e);
        }
    }
}
