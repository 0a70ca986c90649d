import { z } from 'zod';
import type { ApiCall, ApiEvent, HostCall } from './calls';
import type { ApiResult } from './errors';
import type { HostInput, HostOutput } from './host-contract';
import type { ReadCall } from './invalidation';
import { Empty, Ok } from './schemas/common';
import {
  BackupInput,
  BackupResult,
  BrowseInput,
  BrowseListing,
  CheckReport,
  ProjectInfo,
  ProjectPath,
  ProjectStats,
  RecentProjectList,
  SettingsGetInput,
  SettingsSetInput,
} from './schemas/project';
import { NewOutlet, Outlet, OutletMerge, OutletUpdate } from './schemas/outlets';
import {
  CancelImport,
  DocumentDetail,
  DocumentGet,
  DocumentQuery,
  DocumentSummary,
  DocumentUpdate,
  ImportFileResult,
  ImportProgress,
  ImportRequest,
  ImportSummary,
} from './schemas/documents';
import {
  NewTheme,
  Theme,
  ThemeDeletePreview,
  ThemeFindOrCreate,
  ThemeFindOrCreateResult,
  ThemeMerge,
  ThemeMergeResult,
  ThemeMove,
  ThemeRef,
  ThemeUpdate,
} from './schemas/themes';
import {
  Annotation,
  AnnotationCreate,
  AnnotationCreated,
  AnnotationDeleted,
  AnnotationGet,
  AnnotationPage,
  AnnotationQuery,
  AnnotationSnapshot,
  AnnotationAnchor,
  AnnotationUpdate,
} from './schemas/annotations';
import {
  CitationForAnnotation,
  CitationForDocument,
  Citation,
  ClaimDeleted,
  ClaimDetail,
  ClaimSnapshot,
  ClaimFromAnnotation,
  ClaimFromPassage,
  ClaimFromPassageResult,
  ClaimQuery,
  ClaimRef,
  ClaimSummary,
  ClaimUpdate,
  DeleteImpact,
  EvidenceAdd,
  EvidenceRemove,
  EvidenceReorder,
  EvidenceUpdate,
  NewClaim,
  Timeline,
  TimelineInput,
} from './schemas/claims';
import { ArgumentDetail, ArgumentGet, ArgumentQuery, ArgumentSummary, ArgumentUpdate, NewArgument } from './schemas/arguments';
import { AliasAdd, AliasGroup, AliasGroupCreate, AliasGroupRef, AliasGroupSet, AliasRemove, AliasRemoved, RebuildStatus, SearchQuery, SearchResult } from './schemas/search';
import { CopiesRebuildResult, CopyList, CopyQuery, DocumentSources, DocumentSourcesGet, UpstreamSet } from './schemas/copies';
import {
  SavedSearch,
  SavedSearchInput,
  SavedSearchRef,
  SavedSearchRename,
  TagHitsRequest,
  TagPreview,
  TagResult,
  UntagRequest,
  UntagResult,
} from './schemas/coding';
import {
  AchAddClaims,
  AchAddHypothesis,
  AchBoard,
  AchCreate,
  AchExport,
  AchExportRequest,
  AchRate,
  AchRef,
  AchRemoveClaim,
  AchRenameHypothesis,
  AchSummary,
  AchUpdate,
} from './schemas/ach';
import { Matrix, MatrixCellPassages, MatrixCellRequest, MatrixRequest } from './schemas/analysis';
import {
  AutoBackupInput,
  AutoBackupSettings,
  BackupEntry,
  ExportFile,
  ExportProgress,
  ExportCancel,
  ExportReadRequest,
  ExportRequest,
  ExportResult,
  ImportProjectRequest,
  ImportProjectResult,
} from './schemas/export';

export const contract = {
  'project.info': { input: Empty, output: ProjectInfo },
  'project.stats': { input: Empty, output: ProjectStats },
  'project.check': { input: Empty, output: CheckReport },
  'project.backup': { input: BackupInput, output: BackupResult },
  'project.restore': { input: BackupInput, output: ProjectInfo },
  'project.openSample': { input: Empty, output: ProjectInfo },
  /** Switches to an existing project file. */
  'project.open': { input: ProjectPath, output: ProjectInfo },
  /** Switches to a new, empty project; an existing file is refused. ".dossier" is added when missing. */
  'project.create': { input: ProjectPath, output: ProjectInfo },
  /** Closes the project and opens the host's default one. */
  'project.close': { input: Empty, output: ProjectInfo },
  'project.recent': { input: Empty, output: RecentProjectList },
  /** A folder's sub-folders and projects, within the folders the host allows. */
  'files.browse': { input: BrowseInput, output: BrowseListing },
  'settings.get': { input: SettingsGetInput, output: z.string().nullable() },
  'settings.set': { input: SettingsSetInput, output: Ok },
  'outlets.list': { input: Empty, output: z.array(Outlet) },
  'outlets.create': { input: NewOutlet, output: Outlet },
  'outlets.update': { input: OutletUpdate, output: Outlet },
  'outlets.merge': { input: OutletMerge, output: Outlet },
  'documents.list': { input: DocumentQuery, output: z.array(DocumentSummary) },
  'documents.get': { input: DocumentGet, output: DocumentDetail },
  'documents.update': { input: DocumentUpdate, output: DocumentSummary },
  'documents.import': { input: ImportRequest, output: ImportSummary },
  'documents.cancelImport': { input: CancelImport, output: Ok },
  'copies.list': { input: CopyQuery, output: CopyList },
  'copies.forDocument': { input: DocumentSourcesGet, output: DocumentSources },
  'copies.setUpstream': { input: UpstreamSet, output: DocumentSources },
  'copies.rebuild': { input: Empty, output: CopiesRebuildResult },
  'themes.list': { input: Empty, output: z.array(Theme) },
  'themes.create': { input: NewTheme, output: Theme },
  'themes.findOrCreate': { input: ThemeFindOrCreate, output: ThemeFindOrCreateResult },
  'themes.update': { input: ThemeUpdate, output: Theme },
  'themes.move': { input: ThemeMove, output: z.array(Theme) },
  'themes.merge': { input: ThemeMerge, output: ThemeMergeResult },
  'themes.deletePreview': { input: ThemeRef, output: ThemeDeletePreview },
  'themes.delete': { input: ThemeRef, output: ThemeDeletePreview },
  'annotations.create': { input: AnnotationCreate, output: AnnotationCreated },
  'annotations.get': { input: AnnotationGet, output: Annotation },
  'annotations.list': { input: AnnotationQuery, output: AnnotationPage },
  'annotations.update': { input: AnnotationUpdate, output: Annotation },
  'annotations.delete': { input: AnnotationGet, output: AnnotationDeleted },
  'annotations.restore': { input: AnnotationSnapshot, output: Annotation },
  /** Undo of a re-attach: the anchor the annotation had before, as it was. */
  'annotations.restoreAnchor': { input: AnnotationAnchor, output: Annotation },
  'claims.list': { input: ClaimQuery, output: z.array(ClaimSummary) },
  'claims.get': { input: ClaimRef, output: ClaimDetail },
  'claims.create': { input: NewClaim, output: ClaimDetail },
  'claims.createFromAnnotation': { input: ClaimFromAnnotation, output: ClaimDetail },
  'claims.createFromPassage': { input: ClaimFromPassage, output: ClaimFromPassageResult },
  'claims.update': { input: ClaimUpdate, output: ClaimDetail },
  'claims.delete': { input: ClaimRef, output: ClaimDeleted },
  /** Undo of delete: the claim and its evidence back under the same uid. */
  'claims.restore': { input: ClaimSnapshot, output: ClaimDetail },
  'claims.deleteImpact': { input: ClaimRef, output: DeleteImpact },
  'claims.addEvidence': { input: EvidenceAdd, output: ClaimDetail },
  'claims.updateEvidence': { input: EvidenceUpdate, output: ClaimDetail },
  'claims.removeEvidence': { input: EvidenceRemove, output: ClaimDetail },
  'claims.reorderEvidence': { input: EvidenceReorder, output: ClaimDetail },
  'claims.timeline': { input: TimelineInput, output: Timeline },
  'citations.forAnnotation': { input: CitationForAnnotation, output: Citation },
  'citations.forDocument': { input: CitationForDocument, output: Citation },
  'arguments.list': { input: ArgumentQuery, output: z.array(ArgumentSummary) },
  'arguments.get': { input: ArgumentGet, output: ArgumentDetail },
  'arguments.create': { input: NewArgument, output: ArgumentDetail },
  'arguments.update': { input: ArgumentUpdate, output: ArgumentDetail },
  'arguments.delete': { input: ArgumentGet, output: Ok },
  'search.query': { input: SearchQuery, output: SearchResult },
  'search.rebuildStatus': { input: Empty, output: RebuildStatus },
  'search.rebuildResume': { input: Empty, output: RebuildStatus },
  'search.rebuildCancel': { input: Empty, output: RebuildStatus },
  'aliases.list': { input: z.object({}).strict(), output: z.array(AliasGroup) },
  'aliases.add': { input: AliasAdd, output: AliasGroup },
  'aliases.remove': { input: AliasRemove, output: AliasRemoved },
  'aliases.createGroup': { input: AliasGroupCreate, output: AliasGroup },
  'aliases.setGroup': { input: AliasGroupSet, output: AliasGroup },
  /** Returns the group as it was, for undo. */
  'aliases.deleteGroup': { input: AliasGroupRef, output: AliasGroup },
  'analysis.matrix': { input: MatrixRequest, output: Matrix },
  'analysis.cell': { input: MatrixCellRequest, output: MatrixCellPassages },
  'coding.preview': { input: TagHitsRequest, output: TagPreview },
  'coding.tagHits': { input: TagHitsRequest, output: TagResult },
  'coding.untag': { input: UntagRequest, output: UntagResult },
  'savedSearches.list': { input: Empty, output: z.array(SavedSearch) },
  'savedSearches.save': { input: SavedSearchInput, output: SavedSearch },
  'savedSearches.rename': { input: SavedSearchRename, output: SavedSearch },
  'savedSearches.delete': { input: SavedSearchRef, output: Ok },
  'ach.list': { input: Empty, output: z.array(AchSummary) },
  'ach.get': { input: AchRef, output: AchBoard },
  'ach.create': { input: AchCreate, output: AchBoard },
  'ach.update': { input: AchUpdate, output: AchBoard },
  'ach.delete': { input: AchRef, output: Ok },
  'ach.addHypothesis': { input: AchAddHypothesis, output: AchBoard },
  'ach.renameHypothesis': { input: AchRenameHypothesis, output: AchBoard },
  'ach.removeHypothesis': { input: AchRef, output: AchBoard },
  'ach.addClaims': { input: AchAddClaims, output: AchBoard },
  'ach.removeClaim': { input: AchRemoveClaim, output: AchBoard },
  'ach.rate': { input: AchRate, output: AchBoard },
  'ach.export': { input: AchExportRequest, output: AchExport },
  'ach.toArgument': { input: AchRef, output: ArgumentDetail },
  'export.run': { input: ExportRequest, output: ExportResult },
  'export.cancel': { input: ExportCancel, output: Ok },
  'export.importProject': { input: ImportProjectRequest, output: ImportProjectResult },
  'export.read': { input: ExportReadRequest, output: ExportFile },
  'backups.list': { input: Empty, output: z.array(BackupEntry) },
  'backups.run': { input: Empty, output: BackupEntry },
  'backups.settings': { input: AutoBackupInput, output: AutoBackupSettings },
} satisfies Record<ApiCall, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ApiInput<C extends ApiCall> = z.input<Contract[C]['input']>;
export type ApiParsed<C extends ApiCall> = z.output<Contract[C]['input']>;
export type ApiOutput<C extends ApiCall> = z.output<Contract[C]['output']>;

export interface ApiEventPayloads {
  'import.progress': ImportProgress;
  /** Each file's result as soon as it is known, in the order of the request (the CLI streams them). */
  'import.file': { jobId: string; result: ImportFileResult };
  'project.changed': { path: string; name: string };
  /** Answers to these calls may have changed (another page's write, an automatic backup). */
  'data.changed': { calls: ReadCall[] };
  command: { id: string };
  'export.progress': ExportProgress;
  /** How far the search index's rebuild is (a migration asked for it); sent a few times a second while it runs. */
  'search.rebuild': RebuildStatus;
}
export type ApiEventPayload<E extends ApiEvent> = ApiEventPayloads[E];

export interface HostBridge {
  /** A desktop-shell ability, checked against host-contract.ts in main. */
  call<H extends HostCall>(name: H, input: HostInput<H>): Promise<ApiResult<HostOutput<H>>>;
  /** The dropped file's path on disk (Electron only; a DOM File); '' when it has none. */
  pathForFile(file: object): string;
}

export interface DossierBridge {
  call<C extends ApiCall>(name: C, input: ApiInput<C>): Promise<ApiResult<ApiOutput<C>>>;
  on<E extends ApiEvent>(name: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
  host?: HostBridge;
}
