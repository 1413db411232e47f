package org.jointboard.partnership;

import java.util.concurrent.CompletableFuture;

import static org.jointboard.common.DataLoaders.loadIfPresent;

import org.dataloader.DataLoader;
import org.jointboard.partnership.PersonInputs.CreatePersonInput;
import org.jointboard.partnership.PersonInputs.PersonFilter;
import org.jointboard.partnership.PersonInputs.UpdatePersonInput;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class PersonGraphQlController {

    private final PersonService people;

    PersonGraphQlController(PersonService people) {
        this.people = people;
    }

    record CreatePersonPayload(Person person) {
    }

    record UpdatePersonPayload(Person person) {
    }

    @QueryMapping
    Person person(@Argument String id) {
        return people.find(id);
    }

    @QueryMapping
    Window<Person> people(@Argument PersonFilter filter, ScrollSubrange subrange) {
        return people.page(filter, subrange);
    }

    @MutationMapping
    CreatePersonPayload createPerson(@Argument CreatePersonInput input) {
        return new CreatePersonPayload(people.create(input));
    }

    @MutationMapping
    UpdatePersonPayload updatePerson(@Argument UpdatePersonInput input) {
        return new UpdatePersonPayload(people.update(input));
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Organisation> organisation(Person person, DataLoader<String, Organisation> organisations) {
        return loadIfPresent(organisations, person.getOrganisationCode());
    }
}
