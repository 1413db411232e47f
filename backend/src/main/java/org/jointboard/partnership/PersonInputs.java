package org.jointboard.partnership;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Inputs of the people mutations. */
public final class PersonInputs {

    private PersonInputs() {
    }

    public record CreatePersonInput(
            @NotBlank(message = "Enter the person's name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
            @Size(max = 160, message = "Keep the job title under 160 characters") String jobTitle,
            String organisationCode,
            @Email(message = "Enter an e-mail address like name@example.org") String email,
            @Size(max = 80, message = "Keep the username under 80 characters") String username,
            @NotEmpty(message = "Choose at least one partnership") List<String> partnershipCodes) {
    }

    public record UpdatePersonInput(
            @NotBlank(message = "Say which person") String id,
            @NotNull(message = "Send the version you edited") Long version,
            @NotBlank(message = "Enter the person's name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
            @Size(max = 160, message = "Keep the job title under 160 characters") String jobTitle,
            String organisationCode,
            @Email(message = "Enter an e-mail address like name@example.org") String email,
            @Size(max = 80, message = "Keep the username under 80 characters") String username,
            @NotEmpty(message = "Choose at least one partnership") List<String> partnershipCodes) {
    }

    public record PersonFilter(String partnership, String name) {
    }
}
