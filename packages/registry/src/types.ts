import type { Override } from '@mlgate/core';
import type { DataLineage } from './data-lineage.js';

/** Media types of mlgate's own OCI artifacts. */
export const MEDIA = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  modelArtifact: 'application/vnd.mlgate.model.v1',
  modelConfig: 'application/vnd.mlgate.model.config.v1+json',
  modelFile: 'application/vnd.mlgate.model.file.v1',
  attachment: 'application/vnd.mlgate.report.v1+json',
  historyArtifact: 'application/vnd.mlgate.alias-history.v1',
  historyConfig: 'application/vnd.mlgate.alias-history.v1+json',
  leaseArtifact: 'application/vnd.mlgate.lease.v1',
} as const;

export const ANNOTATION = {
  title: 'org.opencontainers.image.title',
  version: 'org.opencontainers.image.version',
  created: 'org.opencontainers.image.created',
  revision: 'org.opencontainers.image.revision',
  source: 'org.opencontainers.image.source',
  model: 'vnd.mlgate.model.name',
  content: 'vnd.mlgate.model.content-digest',
  role: 'vnd.mlgate.role',
} as const;

/** An OCI content descriptor. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  /** The content itself, base64 (image-spec 1.1: only for small blobs such as the empty descriptor). */
  data?: string;
  annotations?: Record<string, string>;
}

/** The OCI empty descriptor (image-spec 1.1, "Guidelines for artifact usage"): the blob `{}`. */
export const EMPTY_DESCRIPTOR: Descriptor = { mediaType: 'application/vnd.oci.empty.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2, data: 'e30=' };

/** An OCI image manifest (the form every mlgate version is stored in, on every backend). */
export interface ImageManifest {
  schemaVersion: 2;
  mediaType: typeof MEDIA.manifest;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ModelFile {
  /** Relative POSIX path inside the model directory (or the file's name for a single file). */
  path: string;
  digest: string;
  size: number;
}

/** A report attached to a version: the evaluation (eval-gate) or a data profile (data-check). */
export interface AttachmentRecord {
  role: 'evaluation' | 'data-profile';
  /** Its layer title: `.mlgate/<role>/<file name>` (versions published by earlier mlgate: the file name alone). */
  path: string;
  digest: string;
  size: number;
  /** What the report said, copied so the lineage reads without fetching the blob. */
  tool?: string;
  name?: string;
  status?: string;
  headline?: string;
  /** An eval-gate report's override: who let the failed gate pass, when, why, which rules, for which commit. */
  override?: Override;
}

/** Where a version came from. Every field is optional: a local publish knows less than a workflow. */
export interface Source {
  /** `owner/repo` */
  repository?: string;
  /** The source repository's URL (`https://github.com/owner/repo`): the `org.opencontainers.image.source` annotation. */
  repositoryUrl?: string;
  commit?: string;
  ref?: string;
  runUrl?: string;
  workflow?: string;
}

/** The lineage of a version: the config blob of its manifest. */
export interface Lineage {
  schema: 'mlgate/model@1';
  name: string;
  version: string;
  /** sha256 over the sorted list of file paths and digests: equal files, equal content digest. */
  contentDigest: string;
  files: ModelFile[];
  createdAt: string;
  createdBy: string;
  source: Source;
  attachments: AttachmentRecord[];
  /** The data it was trained and evaluated on (deploy's `data:`); absent when none was given. */
  data?: DataLineage;
}

export interface AliasTarget {
  version: string;
  /** Digest of the version's manifest. */
  digest: string;
}

export interface MoveEvent {
  alias: string;
  action: 'promote' | 'rollback';
  from: AliasTarget | null;
  to: AliasTarget;
  who: string;
  when: string;
  why: string;
}
