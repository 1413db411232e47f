package org.jointboard.partnership;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Imports a partnership's school register from CSV. Every row is checked before anything is written, so a file with
 * any error changes nothing; a good file creates the schools that are new and updates the others, matched by URN, so
 * importing the same file twice changes nothing the second time. Writes are two bulk commands (inserts, updates); if
 * the process stopped between them, importing the file again completes it.
 */
@Service
@Validated
@PreAuthorize("hasRole('BOARD_ADMIN')")
public class SchoolRegisterImport {

    public static final List<String> COLUMNS = List.of("urn", "name", "phase", "establishment_type", "local_authority", "head_teacher",
            "dsl_name", "dsl_email");
    /** The columns a register must have, as the schema's required school fields; the others may be left out or blank. */
    public static final List<String> REQUIRED_COLUMNS = COLUMNS.subList(0, 4);
    static final int MAX_ROWS = 50_000;
    static final int ERRORS_SHOWN = 200;
    private static final Pattern URN = Pattern.compile("(demo-)?[0-9]{6,7}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MongoOperations mongo;
    private final PartnershipService partnerships;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchoolRegisterImport(MongoOperations mongo, PartnershipService partnerships, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.partnerships = partnerships;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    public record ImportSchoolsInput(@NotBlank(message = "Say which partnership the schools are in") String partnership,
            @NotNull(message = "Send the CSV file's contents") @Size(max = 20_000_000, message = "The file is over 20 MB: split it") String csv) {
    }

    public record RowError(int line, String column, String message) {
    }

    /** What a file would do (or did). {@code errors} lists the first 200 of {@code errorCount}. */
    public record SchoolImportReport(int rows, int created, int updated, int unchanged, int errorCount, List<RowError> errors, boolean applied) {
    }

    public SchoolImportReport preview(@Valid ImportSchoolsInput input) {
        return check(input).report(false);
    }

    public SchoolImportReport importSchools(@Valid ImportSchoolsInput input) {
        Checked checked = check(input);
        if (checked.errorCount() > 0) {
            return checked.report(false);
        }
        if (!checked.created().isEmpty()) {
            mongo.insert(checked.created(), Organisation.class);
        }
        if (!checked.updated().isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Organisation.class);
            checked.updated().forEach(o -> bulk.updateOne(Query.query(Criteria.where("_id").is(o.getId())), new Update()
                    .set("name", o.getName()).set("sortName", o.getName().toLowerCase(Locale.UK))
                    .set(org.jointboard.common.NameSearch.FIELD, org.jointboard.common.NameSearch.words(o.getName())).set("school", o.getSchool())
                    .set("partnershipCodes", o.getPartnershipCodes()).set("updatedAt", clock.instant()).inc("version", 1)));
            bulk.execute();
        }
        SchoolImportReport report = checked.report(true);
        events.publishEvent(new SchoolsImported(input.partnership(), report.rows(), report.created(), report.updated(), report.unchanged()));
        return report;
    }

    private record Checked(int rows, List<Organisation> created, List<Organisation> updated, int unchanged, int errorCount, List<RowError> errors) {

        SchoolImportReport report(boolean applied) {
            return new SchoolImportReport(rows, created.size(), updated.size(), unchanged, errorCount, errors, applied);
        }
    }

    private Checked check(ImportSchoolsInput input) {
        currentUsers.requireWorksFor(input.partnership());
        partnerships.requireKnown(List.of(input.partnership()));
        var errors = new Errors();
        Parsed parsed = parse(input.csv(), errors);
        List<Row> rows = parsed.rows();
        Map<String, Organisation> existing = mongo.find(Query.query(Criteria.where("school.urn").in(rows.stream().map(Row::urn).toList())),
                Organisation.class).stream().collect(Collectors.toMap(o -> o.getSchool().urn(), Function.identity(), (a, b) -> a));
        Set<String> takenCodes = new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("code").in(rows.stream()
                .filter(r -> !existing.containsKey(r.urn())).map(Row::code).toList())), "code", Organisation.class, String.class));
        var created = new ArrayList<Organisation>();
        var updated = new ArrayList<Organisation>();
        int unchanged = 0;
        for (Row row : rows) {
            Organisation current = existing.get(row.urn());
            if (current == null) {
                if (takenCodes.contains(row.code())) {
                    errors.add(row.line(), "urn", "Another organisation already has the code " + row.code());
                    continue;
                }
                created.add(new Organisation(row.code(), new OrganisationDetails(row.name(), OrganisationKind.SCHOOL, row.school(),
                        Set.of(input.partnership()))));
                continue;
            }
            var serves = new TreeSet<>(current.getPartnershipCodes());
            serves.add(input.partnership());
            if (current.getName().equals(row.name()) && row.school().equals(current.getSchool()) && current.serves(input.partnership())) {
                unchanged++;
            } else {
                current.change(new OrganisationDetails(row.name(), OrganisationKind.SCHOOL, row.school(), serves));
                updated.add(current);
            }
        }
        return new Checked(parsed.read(), created, updated, unchanged, errors.count, errors.shown);
    }

    private record Row(int line, String urn, String name, School school) {

        String code() {
            return "school-" + urn.toLowerCase(Locale.UK);
        }
    }

    private static final class Errors {
        int count;
        final List<RowError> shown = new ArrayList<>();

        void add(int line, String column, String message) {
            count++;
            if (shown.size() < ERRORS_SHOWN) {
                shown.add(new RowError(line, column, message));
            }
        }
    }

    /** @param read every data row read, good or bad: what the report's {@code rows} counts */
    private record Parsed(List<Row> rows, int read) {
    }

    private static Parsed parse(String csv, Errors errors) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        var rows = new ArrayList<Row>();
        int read = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            var missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(c -> errors.add(1, c, "The header has no column " + c + ". Columns needed: " + String.join(", ", REQUIRED_COLUMNS)
                        + "; and if you have them: " + String.join(", ", COLUMNS.subList(4, COLUMNS.size()))));
                return new Parsed(List.of(), 0);
            }
            var seen = new HashMap<String, Integer>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (read >= MAX_ROWS) {
                    errors.add(line, "urn", "The file has more than " + MAX_ROWS + " rows: split it");
                    break;
                }
                read++;
                Row row = row(record, line, columns, errors);
                if (row == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(row.urn(), line);
                if (first != null) {
                    errors.add(line, "urn", "URN " + row.urn() + " is already on line " + first);
                    continue;
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(read + 2, "", "This is not a readable CSV file from here on (" + unreadable(e) + ")");
        }
        return new Parsed(rows, read);
    }

    /** canonical column → the header as written ("Establishment type" and "establishment_type" are the same column). */
    private static Map<String, String> columns(List<String> headers) {
        var columns = new LinkedHashMap<String, String>();
        headers.forEach(h -> columns.putIfAbsent(h.strip().toLowerCase(Locale.UK).replaceAll("[\\s-]+", "_"), h));
        return columns;
    }

    private static Row row(CSVRecord record, int line, Map<String, String> columns, Errors errors) {
        Function<String, String> value = column -> columns.containsKey(column) && record.isSet(columns.get(column))
                ? record.get(columns.get(column)).strip() : "";
        int before = errors.count;
        String urn = value.apply("urn");
        if (!URN.matcher(urn).matches()) {
            errors.add(line, "urn", urn.isEmpty() ? "Enter the URN" : "\"" + urn + "\" is not a URN (6 or 7 digits)");
        }
        String name = value.apply("name");
        if (name.isEmpty() || name.length() > 200) {
            errors.add(line, "name", name.isEmpty() ? "Enter the school's name" : "Keep the name under 200 characters");
        }
        SchoolPhase phase = enumValue(SchoolPhase.class, value.apply("phase"), line, "phase", errors);
        EstablishmentType type = enumValue(EstablishmentType.class, value.apply("establishment_type"), line, "establishment_type", errors);
        String authority = optional(value.apply("local_authority"), line, "local_authority", errors);
        String head = optional(value.apply("head_teacher"), line, "head_teacher", errors);
        String dsl = optional(value.apply("dsl_name"), line, "dsl_name", errors);
        String email = optional(value.apply("dsl_email"), line, "dsl_email", errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(line, "dsl_email", "\"" + email + "\" is not an e-mail address");
        }
        return errors.count > before ? null : new Row(line, urn, name, new School(urn, phase, type, authority, head, dsl, email));
    }

    /** A column a school may leave blank (null then), kept to the length a person's name or an address needs. */
    private static String optional(String value, int line, String column, Errors errors) {
        if (value.length() > 200) {
            errors.add(line, column, "Keep this under 200 characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, int line, String column, Errors errors) {
        String key = text.toUpperCase(Locale.UK).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.UK).replace('_', ' ')).collect(Collectors.joining(", "));
        errors.add(line, column, (text.isEmpty() ? "Enter one of: " : "\"" + text + "\" is not one of: ") + allowed);
        return null;
    }

    /** What went wrong in plain words: the CSV library's own message names Java classes and reader internals. */
    private static String unreadable(Exception e) {
        var line = java.util.regex.Pattern.compile("line:? ?(\\d+)").matcher(String.valueOf(e.getMessage()));
        String where = line.find() ? "near line " + line.group(1) + ": " : "";
        return where + "a quoted value is not closed, or has text after its closing quote";
    }
}
