package org.jointboard.partnership;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs of the partnership mutations; the service checks them before anything is written. */
public final class PartnershipInputs {

    static final String CODE_PATTERN = "[a-z][a-z0-9-]{1,39}";
    static final String CODE_MESSAGE = "Use 2 to 40 lower-case letters, digits or hyphens, starting with a letter";

    private PartnershipInputs() {
    }

    public record BoardInput(
            @NotNull(message = "Choose the kind of board") BoardKind kind,
            @NotBlank(message = "Enter the board's name") @Size(max = 120, message = "Keep the name under 120 characters") String name) {

        Board toBoard() {
            return new Board(kind, name.strip());
        }
    }

    public record CreatePartnershipInput(
            @NotBlank(message = "Enter a code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank(message = "Enter the partnership's name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
            @NotEmpty(message = "Add at least one board") List<@Valid BoardInput> boards) {
    }

    public record UpdatePartnershipInput(
            @NotBlank(message = "Say which partnership") String code,
            @NotNull(message = "Send the version you edited") Long version,
            @NotBlank(message = "Enter the partnership's name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
            @NotEmpty(message = "Add at least one board") List<@Valid BoardInput> boards) {
    }

    public record SchoolInput(
            @NotBlank(message = "Enter the school's URN") @Pattern(regexp = "(demo-)?[0-9]{6,7}", message = "A URN is the school's 6 or 7 digit DfE number") String urn,
            @NotNull(message = "Choose the school's phase") SchoolPhase phase,
            @NotNull(message = "Choose the establishment type") EstablishmentType establishmentType,
            @Size(max = 100, message = "Keep the local authority under 100 characters") String localAuthority,
            @Size(max = 200, message = "Keep the head teacher's name under 200 characters") String headTeacher,
            @Size(max = 200, message = "Keep the DSL's name under 200 characters") String dslName,
            @jakarta.validation.constraints.Email(message = "Enter the DSL's e-mail address, like name@school.org.uk") @Size(max = 200, message = "Keep the e-mail under 200 characters") String dslEmail) {

        School toSchool() {
            return new School(urn, phase, establishmentType, blank(localAuthority), blank(headTeacher), blank(dslName), blank(dslEmail));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public record CreateOrganisationInput(
            @NotBlank(message = "Enter a code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank(message = "Enter the organisation's name") @Size(max = 160, message = "Keep the name under 160 characters") String name,
            @NotNull(message = "Choose the kind of organisation") OrganisationKind kind,
            @NotEmpty(message = "Choose at least one partnership it serves") List<String> partnershipCodes,
            @Valid SchoolInput school) {
    }

    public record UpdateOrganisationInput(
            @NotBlank(message = "Say which organisation") String id,
            @NotNull(message = "Send the version you edited") Long version,
            @NotBlank(message = "Enter the organisation's name") @Size(max = 160, message = "Keep the name under 160 characters") String name,
            @NotNull(message = "Choose the kind of organisation") OrganisationKind kind,
            @NotEmpty(message = "Choose at least one partnership it serves") List<String> partnershipCodes,
            @Valid SchoolInput school) {
    }

    /** Filters of the organisations list; every part is optional. */
    public record OrganisationFilter(String partnership, OrganisationKind kind, String name) {

        public static final OrganisationFilter NONE = new OrganisationFilter(null, null, null);
    }

    public record PartnershipFilter(String name) {
    }
}
