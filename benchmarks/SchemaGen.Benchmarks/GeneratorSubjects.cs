using System;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks;

/// <summary>
/// What both generator suites start from: the corpus of N classes in one declaration style, System.Text.Json's
/// generator, and each subject's driver after a first run over the classes (what an edit runs on) — with step
/// tracking off, as in the compiler and the IDE, and on, as in incremental tests — checked to do the same job.
/// </summary>
internal sealed class GeneratorSubjects
{
    public GeneratorSubjects(int classes, DeclarationStyle style = DeclarationStyle.Plain)
    {
        Corpus = new SchemaCorpus(classes, style);
        SystemTextJson = SchemaCorpus.SystemTextJsonGenerator();
        SchemaGenWarm = SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(Corpus.Schemas);
        SystemTextJsonWarm = SchemaCorpus.Driver(SystemTextJson).RunGenerators(Corpus.Stj);
        FloorWarm = SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(Corpus.Schemas);
        SyntaxFloorWarm = SchemaCorpus.Driver(SchemaCorpus.SyntaxFloorGenerator()).RunGenerators(Corpus.Schemas);
        SchemaGenTrackedWarm = SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator(), trackSteps: true).RunGenerators(Corpus.Schemas);
        SystemTextJsonTrackedWarm = SchemaCorpus.Driver(SystemTextJson, trackSteps: true).RunGenerators(Corpus.Stj);
        EnsureSameJob(SchemaGenWarm, SystemTextJsonWarm, Corpus, classes);
    }

    public SchemaCorpus Corpus { get; }

    public ISourceGenerator SystemTextJson { get; }

    public GeneratorDriver SchemaGenWarm { get; }

    public GeneratorDriver SystemTextJsonWarm { get; }

    public GeneratorDriver FloorWarm { get; }

    public GeneratorDriver SyntaxFloorWarm { get; }

    public GeneratorDriver SchemaGenTrackedWarm { get; }

    public GeneratorDriver SystemTextJsonTrackedWarm { get; }

    /// <summary>
    /// Checks, before anything is measured, that each subject does its whole job (a file per class, whatever the
    /// style, on a fresh and on a bound compilation alike) and only what an edit calls for: nothing written again
    /// after an unrelated edit, one output after a one-class edit.
    /// </summary>
    private static void EnsureSameJob(GeneratorDriver schemaGen, GeneratorDriver stj, SchemaCorpus corpus, int classes)
    {
        var schemaFiles = schemaGen.GetRunResult().GeneratedTrees.Length;
        var stjFiles = stj.GetRunResult().GeneratedTrees.Length;
        if (schemaFiles != classes + 1 || stjFiles <= classes)
        {
            throw new InvalidOperationException($"Unexpected output: SchemaGen {schemaFiles} files, System.Text.Json {stjFiles} files for {classes} classes.");
        }

        var bound = corpus.Schemas.Clone();
        bound.GetDeclarationDiagnostics();
        var boundFiles = SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(bound).GetRunResult().GeneratedTrees.Length;
        if (boundFiles != schemaFiles)
        {
            throw new InvalidOperationException($"SchemaGen wrote {boundFiles} files on a bound compilation, {schemaFiles} on a fresh one.");
        }

        var tracked = SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator(), trackSteps: true).RunGenerators(corpus.Schemas);
        var unrelated = SchemaCorpus.ReEmittedOutputs(tracked.RunGenerators(corpus.SchemasUnrelatedEdit));
        var oneClass = SchemaCorpus.ReEmittedOutputs(tracked.RunGenerators(corpus.SchemasOneClassEdit));
        if (unrelated != 0 || oneClass != 1)
        {
            throw new InvalidOperationException($"An unrelated edit re-emitted {unrelated} outputs (expected none), a one-class edit {oneClass} (expected one).");
        }
    }
}
