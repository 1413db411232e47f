package org.jointboard.ui.partnership;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jointboard.ui.partnership.OrganisationRow.PartnershipRef;

/**
 * Edits an organisation: name, kind, the partnerships it serves and, for schools, URN, phase and type.
 * Checks what it can before sending; the backend's field errors are shown next to the same fields.
 */
class OrganisationForm extends Composite<FormLayout> {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<String> kind = new ComboBox<>("Kind of organisation");
    final MultiSelectComboBox<PartnershipRef> partnerships = new MultiSelectComboBox<>("Serves partnerships");
    final TextField urn = new TextField("URN");
    final ComboBox<String> phase = new ComboBox<>("Phase");
    final ComboBox<String> establishmentType = new ComboBox<>("Establishment type");
    final TextField localAuthority = new TextField("Local authority");
    final TextField headTeacher = new TextField("Head teacher");
    final TextField dslName = new TextField("Designated safeguarding lead");
    final com.vaadin.flow.component.textfield.EmailField dslEmail = new com.vaadin.flow.component.textfield.EmailField("DSL's e-mail");
    final Paragraph formError = new Paragraph();

    private final Binder<OrganisationDraft> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByInputName;
    private OrganisationDraft draft;

    OrganisationForm(List<PartnershipRef> choosablePartnerships) {
        code.setHelperText("Short and permanent, for example royal-wolverhampton-nhs");
        code.setMaxLength(40);
        name.setMaxLength(160);
        kind.setItems(Labels.ORGANISATION_KINDS.keySet());
        kind.setItemLabelGenerator(value -> Labels.of(Labels.ORGANISATION_KINDS, value));
        partnerships.setItems(choosablePartnerships);
        partnerships.setItemLabelGenerator(PartnershipRef::name);
        urn.setHelperText("The school's DfE Unique Reference Number");
        phase.setItems(Labels.SCHOOL_PHASES.keySet());
        phase.setItemLabelGenerator(value -> Labels.of(Labels.SCHOOL_PHASES, value));
        establishmentType.setItems(Labels.ESTABLISHMENT_TYPES.keySet());
        establishmentType.setItemLabelGenerator(value -> Labels.of(Labels.ESTABLISHMENT_TYPES, value));
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");

        binder.forField(code).asRequired("Enter a code")
                .withValidator(value -> value.strip().matches("[a-z][a-z0-9-]{1,39}"),
                        "Use 2 to 40 lower-case letters, digits or hyphens, starting with a letter")
                .bind(OrganisationDraft::getCode, OrganisationDraft::setCode);
        binder.forField(name).asRequired("Enter the organisation's name")
                .bind(OrganisationDraft::getName, OrganisationDraft::setName);
        binder.forField(kind).asRequired("Choose the kind of organisation")
                .bind(OrganisationDraft::getKind, OrganisationDraft::setKind);
        binder.forField(partnerships).asRequired("Choose at least one partnership it serves")
                .bind(OrganisationDraft::getPartnerships, OrganisationDraft::setPartnerships);
        binder.forField(urn).asRequired(new SchoolOnly<>("Enter the school's URN"))
                .bind(OrganisationDraft::getUrn, OrganisationDraft::setUrn);
        binder.forField(phase).asRequired(new SchoolOnly<>("Choose the school's phase"))
                .bind(OrganisationDraft::getPhase, OrganisationDraft::setPhase);
        binder.forField(establishmentType).asRequired(new SchoolOnly<>("Choose the establishment type"))
                .bind(OrganisationDraft::getEstablishmentType, OrganisationDraft::setEstablishmentType);

        binder.forField(localAuthority).bind(OrganisationDraft::getLocalAuthority, OrganisationDraft::setLocalAuthority);
        binder.forField(headTeacher).bind(OrganisationDraft::getHeadTeacher, OrganisationDraft::setHeadTeacher);
        binder.forField(dslName).bind(OrganisationDraft::getDslName, OrganisationDraft::setDslName);
        binder.forField(dslEmail).bind(OrganisationDraft::getDslEmail, OrganisationDraft::setDslEmail);
        kind.addValueChangeListener(event -> showSchoolFields("SCHOOL".equals(event.getValue())));
        fieldsByInputName = Map.ofEntries(Map.entry("code", code),
                Map.entry("name", name),
                Map.entry("kind", kind),
                Map.entry("partnershipCodes", partnerships),
                Map.entry("school", urn),
                Map.entry("school.urn", urn),
                Map.entry("school.phase", phase),
                Map.entry("school.establishmentType", establishmentType),
                Map.entry("school.localAuthority", localAuthority),
                Map.entry("school.headTeacher", headTeacher),
                Map.entry("school.dslName", dslName),
                Map.entry("school.dslEmail", dslEmail));

        getContent().add(code, name, kind, partnerships, urn, phase, establishmentType, localAuthority, headTeacher, dslName, dslEmail, formError);
        getContent().setColspan(formError, 2);
        showSchoolFields(false);
        formError.setVisible(false);
    }

    void edit(OrganisationDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        code.setReadOnly(!draft.isNew());
        showSchoolFields("SCHOOL".equals(draft.getKind()));
        clearServerErrors();
    }

    /** The edited draft if every field is valid, otherwise null (the fields show what is wrong). */
    OrganisationDraft validDraft() {
        clearServerErrors();
        return binder.writeBeanIfValid(draft) ? draft : null;
    }

    /** Shows a backend refusal next to the field it names, or above the buttons if it names none we show. */
    void showServerError(String field, String message) {
        HasValidation target = field == null ? null : fieldsByInputName.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            formError.setText(message);
            formError.setVisible(true);
        }
    }

    private void clearServerErrors() {
        formError.setVisible(false);
        formError.setText("");
    }

    private void showSchoolFields(boolean school) {
        urn.setVisible(school);
        phase.setVisible(school);
        establishmentType.setVisible(school);
        localAuthority.setVisible(school);
        headTeacher.setVisible(school);
        dslName.setVisible(school);
        dslEmail.setVisible(school);
    }

    /** Required only while the kind is School. */
    private final class SchoolOnly<T> implements com.vaadin.flow.data.binder.Validator<T> {

        private final String message;

        SchoolOnly(String message) {
            this.message = message;
        }

        @Override
        public com.vaadin.flow.data.binder.ValidationResult apply(T value, com.vaadin.flow.data.binder.ValueContext context) {
            boolean missing = value == null || (value instanceof String text && text.isBlank());
            return "SCHOOL".equals(kind.getValue()) && missing
                    ? com.vaadin.flow.data.binder.ValidationResult.error(message)
                    : com.vaadin.flow.data.binder.ValidationResult.ok();
        }
    }
}
