package org.jointboard.partnership;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A local area's safeguarding arrangement, keyed by a stable code ({@code wolverhampton}); its children's,
 * adults' and joint boards are embedded.
 */
@Document("partnerships")
public class Partnership {

    @Id
    private String code;
    @Version
    private Long version;
    private String name;
    /** The name's words, for search (see {@link org.jointboard.common.NameSearch}). */
    private List<String> nameWords = List.of();
    private List<Board> boards = List.of();
    @CreatedDate
    private Instant createdAt;
    @LastModifiedDate
    private Instant updatedAt;

    protected Partnership() {
    }

    Partnership(String code, String name, List<Board> boards) {
        this.code = code;
        rename(name, boards);
    }

    void rename(String name, List<Board> boards) {
        this.name = name;
        this.nameWords = org.jointboard.common.NameSearch.words(name);
        this.boards = List.copyOf(boards);
    }

    /** The version the caller last saw; a save with an older one fails with a conflict. */
    void expectVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public List<Board> getBoards() {
        return boards;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
