package be.classeur.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A letter sent to the requester: which one, in which language, when, by whom and how. Append-only. */
@Entity
@Table(name = "privacy_letter_sent")
public class LetterSent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LetterKind kind;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "sent_by", nullable = false, length = 60)
    private String sentBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private RequestChannel channel;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LetterSent() {
    }

    public LetterSent(Long requestId, LetterKind kind, String language, LocalDate sentOn, String sentBy,
                      RequestChannel channel, Instant recordedAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.language = language;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
        this.channel = channel;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public LetterKind getKind() { return kind; }
    public String getLanguage() { return language; }
    public LocalDate getSentOn() { return sentOn; }
    public String getSentBy() { return sentBy; }
    public RequestChannel getChannel() { return channel; }
    public Instant getRecordedAt() { return recordedAt; }
}
