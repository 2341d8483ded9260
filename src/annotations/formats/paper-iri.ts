/**
 * An IRI that names a paper in exported annotations (the target's `source`): its DOI URL when the
 * paper has a DOI, else a hash IRI (RFC 6920 `ni:///sha-256;…`) made from the paper id, which is
 * the SHA-256 of the source file, so two readers of the same file name the same paper.
 */
import { asPaperId, type PaperId } from '../../paper/types';

const PAPER_ID = /^sha256:([0-9a-f]{64})$/;
const NI_SHA256 = /^ni:\/\/\/sha-256;([A-Za-z0-9_-]{43})$/;

/** `https://doi.org/<doi>`: the resolver URL DOI handbooks recommend for display and linking. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi.trim())}`;
}

/** The IRI for a paper: DOI URL when known, else the RFC 6920 hash IRI of its id. */
export function paperIri(paperId: PaperId, doi?: string): string {
  if (doi && doi.trim()) return doiUrl(doi);
  const hex = PAPER_ID.exec(paperId)?.[1];
  if (!hex) return `urn:marginalia:paper:${encodeURIComponent(paperId)}`;
  return `ni:///sha-256;${hexToBase64Url(hex)}`;
}

/** The paper id named by a `ni:///sha-256;…` IRI, or null for any other IRI. */
export function paperIdFromIri(iri: string): PaperId | null {
  const b64 = NI_SHA256.exec(iri)?.[1];
  return b64 ? asPaperId(`sha256:${base64UrlToHex(b64)}`) : null;
}

function hexToBase64Url(hex: string): string {
  const bytes = hex.match(/../g)!.map((h) => parseInt(h, 16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function base64UrlToHex(b64: string): string {
  const binary = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  return [...binary].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}
