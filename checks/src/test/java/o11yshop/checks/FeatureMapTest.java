package o11yshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.platform.testing.RepositoryRoot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/feature-map.md} true: every path it names exists, every built feature names its
 * code and tests, every built observability feature its guide, every requirement ID of
 * {@code docs/requirement-ids.md} has a row, and that list holds every ID of the team's product definition
 * where it is beside the clone.
 */
class FeatureMapTest {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern REQUIREMENT_ID = Pattern.compile("\\b[A-Z]+(?:-[A-Z]+)*-\\d{2}\\b");
    private static final Set<String> STATUSES = Set.of("done", "partial", "planned");

    private final Path root = RepositoryRoot.find();
    private final List<Row> rows = readRows(root.resolve("docs/feature-map.md"));

    @Test
    void hasRows() {
        assertThat(rows).hasSizeGreaterThan(40);
    }

    @Test
    void everyNamedPathExists() {
        List<String> missing = rows.stream()
                .flatMap(row -> row.paths().stream())
                .filter(path -> !Files.exists(root.resolve(path)))
                .toList();

        assertThat(missing).as("paths named in docs/feature-map.md that do not exist").isEmpty();
    }

    @Test
    void everyStatusIsKnown() {
        assertThat(rows).allSatisfy(row -> assertThat(STATUSES).as(row.ids()).contains(row.status()));
    }

    @Test
    void builtFeaturesNameTheirCodeAndTests() {
        assertThat(rows.stream().filter(Row::isBuilt)).allSatisfy(row -> {
            assertThat(row.code()).as("code of " + row.ids()).isNotEmpty();
            assertThat(row.tests()).as("tests of " + row.ids()).isNotEmpty();
        });
    }

    @Test
    void builtObservabilityFeaturesHaveAGuide() {
        assertThat(rows.stream().filter(Row::isBuilt).filter(row -> row.ids().matches(".*\\b[OF]-[A-Z]+-\\d{2}.*")))
                .allSatisfy(row -> assertThat(row.guide()).as("guide of " + row.ids())
                        .isNotEmpty()
                        .allMatch(path -> path.startsWith("docs/guides/")));
    }

    @Test
    void everyRequirementIdHasARow() throws IOException {
        Set<String> required = ids(Files.readString(root.resolve("docs/requirement-ids.md")));
        Set<String> mapped = new TreeSet<>();
        rows.forEach(row -> mapped.addAll(ids(row.ids())));

        assertThat(required).hasSizeGreaterThan(90);
        assertThat(required).as("IDs of docs/requirement-ids.md without a row in docs/feature-map.md").isSubsetOf(mapped);
    }

    @Test
    void theProjectsListHoldsEveryIdOfTheProductDefinition() throws IOException {
        // The product definition lives beside a clone in the team's workspace, not in the repository: a clone on
        // its own (a GitHub Actions run) checks the feature map against docs/requirement-ids.md alone.
        Path productDefinition = root.resolveSibling("shared").resolve("requirements.md");
        Assumptions.assumeTrue(Files.isReadable(productDefinition),
                "../shared/requirements.md is not beside this clone; docs/requirement-ids.md stands for it");
        Set<String> defined = ids(Files.readString(productDefinition));

        assertThat(defined).as("IDs of the product definition missing from docs/requirement-ids.md")
                .isSubsetOf(ids(Files.readString(root.resolve("docs/requirement-ids.md"))));
    }

    private static Set<String> ids(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = REQUIREMENT_ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static List<Row> readRows(Path featureMap) {
        try {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(featureMap)) {
                if (!line.startsWith("|") || line.startsWith("| ID") || line.startsWith("|--") || line.startsWith("| --")) {
                    continue;
                }
                String[] cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
                // cells[0] is the empty text before the first bar
                rows.add(new Row(cells[1], cells[3].split("[\\s:(]")[0], backticked(cells[4]), backticked(cells[5]), backticked(cells[6])));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("docs/feature-map.md cannot be read", e);
        }
    }

    private static List<String> backticked(String cell) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = BACKTICKED.matcher(cell);
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths;
    }

    record Row(String ids, String status, List<String> code, List<String> tests, List<String> guide) {

        boolean isBuilt() {
            return !status.equals("planned");
        }

        List<String> paths() {
            List<String> all = new ArrayList<>(code);
            all.addAll(tests);
            all.addAll(guide);
            return all;
        }
    }
}
