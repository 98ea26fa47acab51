package uk.lantern.schemas;

/**
 * The child's allocated social worker and team as a source knows them (schema: {@code schemas/common/allocated-worker.v1.json}).
 * {@code name} may be null; figures drill down by {@code team}.
 */
public record AllocatedWorker(String name, String team) {
}
