package org.csirtbot.storage;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.csirtbot.storage.embedded.EmbeddedMongo;
import org.csirtbot.storage.partners.OutsideRequestDocument;
import org.csirtbot.storage.partners.OutsideRequestStore;
import org.csirtbot.storage.partners.PartnerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;

import com.mongodb.ConnectionString;

/** Chooses the store (the operator's MongoDB or the embedded one) and provides the stores. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongo.Holder embeddedMongo(StorageProperties properties) {
        if (!properties.embedded()) {
            log.info("Storage: MongoDB at the MONGODB_URI given; no embedded store started");
            return new EmbeddedMongo.Holder(null);
        }
        EmbeddedMongo mongo = EmbeddedMongo.start(properties.dataDir());
        log.info("Storage: embedded MongoDB-compatible store (MONGODB_URI is unset), data kept in {}", mongo.file());
        return new EmbeddedMongo.Holder(mongo);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(StorageProperties properties, EmbeddedMongo.Holder embedded) {
        ConnectionString connection = embedded.mongo() != null
                ? new ConnectionString(embedded.mongo().connectionString(properties.database()))
                : MongoConnection.withDefaults(properties.mongodbUri(), properties.database());
        return () -> connection;
    }

    /**
     * Fails fast when the store is unreachable (5 s instead of the driver's 30 s), so the person acting is
     * told it was not recorded while they still wait; a connection string that sets its own timeout wins.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer failFastWhenStoreIsDown(MongoConnectionDetails connection) {
        Integer given = connection.getConnectionString().getServerSelectionTimeout();
        return builder -> {
            if (given == null) {
                builder.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS));
            }
            builder.applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS));
        };
    }

    @Bean(destroyMethod = "close")
    StoreIndexes storeIndexes(MongoTemplate mongo) {
        return new StoreIndexes(mongo);
    }

    @Bean
    Counters counters(MongoTemplate mongo) {
        return new Counters(mongo);
    }

    @Bean
    ReportStore reportStore(MongoTemplate mongo, StoreIndexes indexes, StorageProperties properties) {
        indexes.want(ReportDocument.class, new Index("submissionKey", Sort.Direction.ASC).unique());
        if (!properties.embedded()) {
            indexes.want(ReportDocument.class, new Index("campaignId", Sort.Direction.ASC).sparse());
        }
        return new ReportStore(mongo);
    }

    @Bean
    IncidentStore incidentStore(MongoTemplate mongo, StoreIndexes indexes, StorageProperties properties) {
        indexes.want(IncidentDocument.class, new Index("declarationKey", Sort.Direction.ASC).unique());
        if (!properties.embedded()) {
            // the embedded store ignores non-unique indexes (and warns); MongoDB uses it to find a room's incident
            indexes.want(IncidentDocument.class, new Index("room.channelId", Sort.Direction.ASC));
        }
        return new IncidentStore(mongo);
    }

    // classification (issue 13): TLP and confidentiality, and the room moved when they restrict the incident
    @Bean
    ClassificationStore classificationStore(MongoTemplate mongo) {
        return new ClassificationStore(mongo);
    }

    @Bean
    RoomMoveStore roomMoveStore(MongoTemplate mongo, StoreIndexes indexes, StorageProperties properties) {
        if (!properties.embedded()) {
            // answers a command in a room the incident left; the embedded store ignores non-unique indexes (and warns)
            indexes.want(IncidentDocument.class, new Index(RoomMoveStore.FIELD + ".from", Sort.Direction.ASC).sparse());
        }
        return new RoomMoveStore(mongo);
    }

    // exercises (issue 11): incidents that stand for a tabletop exercise
    @Bean
    ExerciseStore exerciseStore(MongoTemplate mongo) {
        return new ExerciseStore(mongo);
    }

    // campaigns (issue 14): reports of one phishing wave grouped
    @Bean
    org.csirtbot.storage.campaigns.CampaignStore campaignStore(MongoTemplate mongo) {
        return new org.csirtbot.storage.campaigns.CampaignStore(mongo);
    }

    @Bean
    ExecSummaryStore execSummaryStore(MongoTemplate mongo) {
        return new ExecSummaryStore(mongo);
    }

    @Bean
    IncidentRetentionStore incidentRetentionStore(MongoTemplate mongo) {
        return new IncidentRetentionStore(mongo);
    }

    @Bean
    OutboxStore outboxStore(MongoTemplate mongo, StoreIndexes indexes, Counters counters, Clock clock,
                            StorageProperties properties) {
        if (!properties.embedded()) {
            // finds pending effects quickly; the embedded store ignores non-unique indexes (and warns)
            // and finds the entries to prune
            indexes.want(OutboxDocument.class, new Index("doneAt", Sort.Direction.ASC));
            indexes.want(OutboxDocument.class,
                    new Index().on("status", Sort.Direction.ASC).on("seq", Sort.Direction.ASC));
        }
        return new OutboxStore(mongo, counters, clock);
    }

    @Bean
    DeliveryStore deliveryStore(MongoTemplate mongo, StoreIndexes indexes, Clock clock) {
        indexes.want(DeliveryStore.Delivery.class,
                new Index("expiresAt", Sort.Direction.ASC).expire(java.time.Duration.ZERO));
        return new DeliveryStore(mongo, clock);
    }

    // decisions (issue 4): state of approvals; the incident log is the record
    @Bean
    DecisionStore decisionStore(MongoTemplate mongo, StoreIndexes indexes, Counters counters) {
        indexes.want(DecisionDocument.class, new Index("submissionKey", Sort.Direction.ASC).unique());
        return new DecisionStore(mongo, counters);
    }

    // playbooks (issue 5): the state of each run; the incident log is the record
    @Bean
    PlaybookRunStore playbookRunStore(MongoTemplate mongo, StoreIndexes indexes, StorageProperties properties) {
        if (!properties.embedded()) {
            // finds an incident's runs quickly; the embedded store ignores non-unique indexes (and warns)
            indexes.want(PlaybookRunDocument.class, new Index("incidentId", Sort.Direction.ASC));
        }
        return new PlaybookRunStore(mongo);
    }

    // outside organisations (issue 14): the directory's edited entries and the requests to and from them
    @Bean
    PartnerStore partnerStore(MongoTemplate mongo) {
        return new PartnerStore(mongo);
    }

    @Bean
    OutsideRequestStore outsideRequestStore(MongoTemplate mongo, StoreIndexes indexes, Counters counters) {
        indexes.want(OutsideRequestDocument.class,
                new Index("submissionKey", Sort.Direction.ASC).unique());
        return new OutsideRequestStore(mongo, counters);
    }

    @Bean
    PendingLogStore pendingLogStore(MongoTemplate mongo, IncidentLogStore log) {
        return new PendingLogStore(mongo, log);
    }

    @Bean
    IncidentLogStore incidentLogStore(MongoTemplate mongo, StoreIndexes indexes, Clock clock) {
        indexes.want(LogEntryDocument.class,
                new Index().on("incidentId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique());
        return new IncidentLogStore(mongo, clock);
    }
}
