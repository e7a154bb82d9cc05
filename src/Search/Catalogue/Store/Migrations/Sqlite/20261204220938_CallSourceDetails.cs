using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallSourceDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttributionLicence",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributionMention",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributionUrl",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactHtml",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EuropeanAid",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCharged",
                table: "FundingCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PerimeterScale",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreDepositOn",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Programmes",
                table: "FundingCalls",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ProjectExamplesHtml",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SourceUpdatedAt",
                table: "FundingCalls",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttributionLicence",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "AttributionMention",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "AttributionUrl",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "ContactHtml",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "EuropeanAid",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "IsCharged",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "PerimeterScale",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "PreDepositOn",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "Programmes",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "ProjectExamplesHtml",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SourceUpdatedAt",
                table: "FundingCalls");
        }
    }
}
